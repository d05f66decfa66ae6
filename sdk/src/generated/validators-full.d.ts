// DO NOT EDIT: generated from schemas/ and standard/ by `npm run generate`.
export type CompiledValidator = ((data: unknown) => boolean) & { errors?: any[] | null };
export declare const full_header: CompiledValidator;
export declare const full_unit: CompiledValidator;
export declare const full_post: CompiledValidator;
export declare const full_contact: CompiledValidator;
export declare const full_item: CompiledValidator;
export declare const full_case: CompiledValidator;
export declare const full_event: CompiledValidator;
export declare const full_fee: CompiledValidator;
export declare const full_complaint: CompiledValidator;
export declare const full_evaluation: CompiledValidator;
export declare const full_observation: CompiledValidator;
export declare const full_signal: CompiledValidator;
export declare const full_feedback: CompiledValidator;
export declare const full_score: CompiledValidator;
