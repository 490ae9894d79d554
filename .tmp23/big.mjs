import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
const text = '---\ntitle: x\n---\n\n' + '快递进村'.repeat(Number(process.argv[2])) + '\n';
const t0 = Date.now();
try { const tree = unified().use(remarkParse).use(remarkMdx).parse(text); console.log('ok', Date.now() - t0); } catch (e) { console.log('ERR', e.message.slice(0,200)); }
