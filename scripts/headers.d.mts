export interface HeaderRule {
	pattern: RegExp;
	path: string;
	headers: [string, string][];
}
export function parseHeaders(text: string): HeaderRule[];
export function headersFor(rules: HeaderRule[], pathname: string): [string, string][];
