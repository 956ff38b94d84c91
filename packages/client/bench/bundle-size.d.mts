/** The esbuild options both bundles are built with. */
export declare const ESBUILD_OPTIONS: Readonly<Record<string, unknown>>;
/** The share of the SDK's gzip size this client's bundle may take (issue 3); the size test fails CI above it. */
export declare const TARGET_GZIP_RATIO: number;
/** Minified and gzip -9 sizes, in bytes, of a script sending the four commands through `clientClass` from `from`. */
export declare function bundleSize(from: string, clientClass: string): Promise<{ raw: number; gzip: number }>;
