// DO NOT EDIT: generated from schemas/ and standard/ by `npm run generate`.
/** The version of the standard this SDK implements. */
export const STANDARD_VERSION = "1.0.0";
/** Major versions accepted (FSJC-VER-003): the current one and the previous one. */
export const SUPPORTED_MAJORS: readonly number[] = [1];
/** XML namespace of each major version (FSJC-XML-001). */
export const XML_NAMESPACES: Readonly<Record<string, string>> = {"1":"https://fsjc.org.cn/ns/v1"};
