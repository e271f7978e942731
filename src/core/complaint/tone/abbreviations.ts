/**
 * Words that are written in capitals by nature, so never "shouting": units, currencies, standards,
 * carriers, legal forms. Shared by both languages (Russian texts quote Latin ones too). A token
 * with a digit (order numbers, "LP00123456789CN", "USB3") is never shouting either; see check-tone.ts.
 */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  // currencies
  'USD', 'EUR', 'GBP', 'RUB', 'CNY', 'UAH', 'KZT', 'BYN', 'JPY', 'PLN', 'TRY', 'BRL',
  // electronics and specifications
  'USB', 'LED', 'LCD', 'OLED', 'AMOLED', 'HDMI', 'SSD', 'HDD', 'RAM', 'ROM', 'CPU', 'GPU', 'GPS', 'NFC', 'SIM',
  'IMEI', 'ANC', 'ENC', 'TWS', 'RGB', 'UV', 'IR', 'AC', 'DC', 'HD', 'UHD', 'FHD', 'TV', 'DVD', 'CD', 'LTE', 'WIFI',
  'BT', 'IPS', 'PD', 'QC', 'MAH', 'GB', 'TB', 'MB', 'KB', 'ML', 'MM', 'CM', 'KG', 'PC', 'IOS', 'APP',
  // materials and sizes
  'ABS', 'PVC', 'PU', 'PP', 'TPU', 'XS', 'XL', 'XXL', 'XXXL', 'EU', 'US', 'UK',
  // orders, payments, documents
  'ID', 'SKU', 'QR', 'PDF', 'PIN', 'SMS', 'VAT', 'FAQ', 'OK', 'AM', 'PM', 'USA', 'API',
  // carriers
  'DHL', 'EMS', 'UPS', 'TNT', 'USPS', 'SF', 'YTO',
  // Russian
  'РФ', 'США', 'ЕС', 'РБ', 'СНГ', 'ИП', 'ООО', 'ОАО', 'ЗАО', 'ПАО', 'АО', 'ИНН', 'ОГРН', 'КПП', 'ФИО', 'СДЭК', 'ЕМС',
  'ПВЗ', 'ТВ', 'ЖК', 'МФЦ', 'ГК', 'УК',
  // The title of a Russian formal claim is written in capitals by convention («ПРЕТЕНЗИЯ»).
  'ПРЕТЕНЗИЯ',
]);
