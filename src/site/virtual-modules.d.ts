/** Where the pages find the shelf of rendered article HTML (lib/html-shelf.ts, set by its integration). */
declare module 'virtual:baozhai/html-shelf' {
  export const shelfDir: string;
}
