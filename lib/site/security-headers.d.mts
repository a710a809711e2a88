export declare const CONTENT_SECURITY_POLICY: Record<string, string[]>;
export declare function serializePolicy(policy: Record<string, string[]>): string;
export declare const SECURITY_HEADERS: { key: string; value: string }[];
