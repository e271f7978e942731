import { imageSize } from '../../src/platform/image-size';

/**
 * Width and height of a photo (decoded with createImageBitmap) or a video (from its metadata,
 * read by a detached <video>); null when the browser cannot decode it or takes over 5 s.
 */
export function mediaSize(blob: Blob, mime: string): Promise<{ width: number; height: number } | null> {
  if (mime.startsWith('image/')) return imageSize(blob);
  if (!mime.startsWith('video/')) return Promise.resolve(null);
  return new Promise((resolve) => {
    const video = document.createElement('video');
    const url = URL.createObjectURL(blob);
    const done = (size: { width: number; height: number } | null) => {
      clearTimeout(timer);
      URL.revokeObjectURL(url);
      video.removeAttribute('src');
      resolve(size);
    };
    const timer = setTimeout(() => done(null), 5000);
    video.preload = 'metadata';
    video.muted = true;
    video.onloadedmetadata = () => done(video.videoWidth > 0 ? { width: video.videoWidth, height: video.videoHeight } : null);
    video.onerror = () => done(null);
    video.src = url;
  });
}
