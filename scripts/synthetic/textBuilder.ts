/** Appends text piece by piece and remembers where each recorded piece landed (UTF-16 offsets, like events.json). */
export class TextBuilder {
  private readonly pieces: string[] = [];
  private length = 0;

  append(piece: string): void {
    this.pieces.push(piece);
    this.length += piece.length;
  }

  /** Appends `piece` and returns its [start, end) in the finished text. */
  appendRecorded(piece: string): { start: number; end: number } {
    const start = this.length;
    this.append(piece);
    return { start, end: this.length };
  }

  toString(): string {
    return this.pieces.join('');
  }
}
