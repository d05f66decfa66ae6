// The XML side of the standard: mapping, schema model, XSD generation and validation.
export {
  XML_NAMESPACE_V1, ITEM_ELEMENT, XmlMappingError, recordToXml, batchToXml, xmlToBatch,
  xmlElementToRecord, xmlElementToHeader, parseXmlInteger, parseXmlBoolean,
  type RecordXmlOptions, type BatchXmlOptions, type XmlOutputEncoding, type XmlToBatchResult,
  type ElementContext, type ElementResult,
} from './mapping.js';
export { buildXmlModel, getXmlModel, type XmlModel, type XmlNode, type XmlKind } from './schema-model.js';
export { generateXsdFromSchemas, toXsdPattern, type XsdOptions } from './xsd-generator.js';
export { createXsdValidator, type XsdValidator } from './xsd.js';
