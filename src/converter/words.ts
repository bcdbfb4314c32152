/**
 * The one Chinese word segmenter the converter uses (ICU's dictionary break
 * iterator, through Intl.Segmenter).
 *
 * ICU 78 (Node 24) can split the very first dictionary run of a process
 * differently from every later one (`ー義` is one word the first time, two
 * after), which would make a file's output depend on whether it was the first
 * converted. Segmenting a little text once at load time settles it.
 */
export const wordSegmenter = new Intl.Segmenter('zh', { granularity: 'word' });

for (const _ of wordSegmenter.segment('ー義預熱，中文分词。')) void _;
