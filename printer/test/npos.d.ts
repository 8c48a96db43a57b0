// Minimal typing of the parts of npos (an independent ESC/POS parser) the tests use.
declare module 'npos' {
  export interface NposNode {
    code: number;
    hex: string;
    ascii?: string;
    fn?: string;
    offset: number;
    length: number;
  }
  export interface LwimBitmap {
    getWidth(): number;
    getHeight(): number;
    getPixel(x: number, y: number): number;
  }
  export interface NposEntry {
    type: string;
    nodes: NposNode[];
    data: unknown;
  }
  export interface NposAst {
    error?: unknown;
    tree: NposNode[];
    entries: NposEntry[];
  }
  export type Rules = Record<number, number | Record<string, unknown>>;
  export const rules: Rules;
  export function parser(rules?: Rules): { parse(buf: Buffer): Promise<NposAst> };
  const npos: { rules: Rules; parser: typeof parser };
  export default npos;
}
