// DO NOT EDIT: generated from schemas/ and standard/ by `npm run generate`.
export type CompiledValidator = ((data: unknown) => boolean) & { errors?: any[] | null };
export declare const fast_header: CompiledValidator;
export declare const fast_unit: CompiledValidator;
export declare const fast_post: CompiledValidator;
export declare const fast_contact: CompiledValidator;
export declare const fast_item: CompiledValidator;
export declare const fast_case: CompiledValidator;
export declare const fast_event: CompiledValidator;
export declare const fast_fee: CompiledValidator;
export declare const fast_complaint: CompiledValidator;
export declare const fast_evaluation: CompiledValidator;
export declare const fast_observation: CompiledValidator;
export declare const fast_signal: CompiledValidator;
export declare const fast_feedback: CompiledValidator;
export declare const fast_score: CompiledValidator;
