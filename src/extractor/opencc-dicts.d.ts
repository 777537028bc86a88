// opencc-js ships its dictionaries as modules whose default export is the
// dictionary text: "src dst[ dst2]|src dst|...".
declare module 'opencc-js/dict/*' {
  const dictionary: string;
  export default dictionary;
}
