/** XML namespace of major version 1 of the standard (FSJC-XML-001). */
export const XML_NAMESPACE_V1 = 'https://fsjc.org.cn/ns/v1';

/** Namespace of xsi:* attributes, which readers ignore. */
export const XSI_NAMESPACE = 'http://www.w3.org/2001/XMLSchema-instance';

/** Namespace bound to the reserved `xml` prefix. */
export const XML_XML_NAMESPACE = 'http://www.w3.org/XML/1998/namespace';

/** Name of the element that wraps each entry of an array (FSJC-XML-003). */
export const ITEM_ELEMENT = 'item';
