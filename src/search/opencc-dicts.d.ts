// opencc-js ships its locale dictionary groups without type declarations.
declare module 'opencc-js/from/tw' {
  const groups: readonly import('opencc-js/core').DictGroup[];
  export default groups;
}
declare module 'opencc-js/to/cn' {
  const groups: readonly import('opencc-js/core').DictGroup[];
  export default groups;
}
