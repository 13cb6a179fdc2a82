// A few hundred Arabic news-like sentences for the search-engine tests, built from templates
// written for this project (no corpus sentence is used), plus the project's own fixture articles.
import { readFileSync } from 'node:fs';
import { sentences } from '../../src/tokenize/index.js';

const PLACES = ['العراق', 'سوريا', 'لبنان', 'مصر', 'الأردن', 'تونس', 'المغرب', 'اليمن', 'ليبيا', 'السودان'];
const TEMPLATES = [
  (p: string) => `وصل وفد الحكومة إلى ${p} صباح اليوم لبحث التعاون الاقتصادي`,
  (p: string) => `قال وزير الخارجية إن العلاقات مع ${p} تشهد تحسنا ملحوظا`,
  (p: string) => `أعلنت الأمم المتحدة عن مساعدات جديدة لـ${p} بعد الفيضانات`,
  (p: string) => `التقى الرئيس بالسفراء المعتمدين لدى ${p} في القصر الجمهوري`,
  (p: string) => `شهدت العاصمة احتجاجات واسعة على ارتفاع الأسعار في ${p}`,
  (p: string) => `وفي ${p} افتتحت وزارة التعليم مدارس جديدة للطلاب`,
  (p: string) => `وأكد المتحدث أن الحكومة ستواصل دعم المزارعين في ${p}`,
  (p: string) => `نشرت الصحف تقارير عن الانتخابات البرلمانية المقبلة في ${p}`,
  (p: string) => `وقعت الشركة عقدا مع ${p} لبناء محطة كهرباء كبيرة`,
  (p: string) => `استقبل المطار رحلات من ${p} بعد توقف دام شهرين`,
];

/** The sentences, and the ids (indexes) of those that mention العراق with a proclitic. */
export function searchCorpus(): string[] {
  const out: string[] = [];
  for (const t of TEMPLATES) for (const p of PLACES) out.push(t(p));
  for (const t of TEMPLATES) for (const p of PLACES) out.push(t(p).replace('الحكومة', 'الحكومات').replace('جديدة', 'جديده'));
  for (const t of TEMPLATES) out.push(`وأضاف أن ${t('مصر')}`);
  out.push('وبحث الوزير مع نظيره العلاقات بين الأردن والعراق');
  out.push('عاد الوفد بالعراق إلى طاولة المفاوضات');
  out.push('قدمت الدول المانحة قروضا للعراق بقيمة مليار دولار');
  for (const f of ['000_496c174df8b04b51.txt', '003_c07e43e3ddaf4e87.txt']) {
    const text = readFileSync(new URL(`../../fixtures/${f}`, import.meta.url), 'utf8');
    for (const s of sentences(text)) out.push(s.text);
  }
  return out;
}
