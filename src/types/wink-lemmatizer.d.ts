/** wink-lemmatizer ships no types; only what the pipeline calls is declared. */
declare module 'wink-lemmatizer' {
  interface Lemmatizer {
    /** The base form of a verb ("took" → "take", "captured" → "capture"); the word itself when unknown. */
    verb(word: string): string;
    noun(word: string): string;
    adjective(word: string): string;
  }
  const lemmatizer: Lemmatizer;
  export default lemmatizer;
}
