/**
 * Korean and Chinese syllables under the main romanisation systems. A Korean syllable is written
 * differently by Revised Romanization (Gim, Jeong, Gyeong, Cheol), McCune–Reischauer without its
 * diacritics (Kim, Chong, Kyong, Chol; North Korean lists: Ri, Ryong, Pak) and by families' own habits
 * (Lee, Park, Choi, Kyung, Chul, Rhee); a Chinese one by Pinyin (Zhang, Xi, Qian, Zhou) and Wade–Giles
 * (Chang, Hsi, Ch'ien, Chou). Each group below is one syllable's spellings; a token made of one or two
 * known syllables (Kyong, Jinping, Myonggi) gets keys naming the groups, and two tokens with a common
 * key are the same name in two systems. Short syllables defeat the consonant skeletons (Kim/Gim,
 * Kyu/Gyu, Cho/Jo, Xi/Hsi share no skeleton), hence the table.
 */
import { groupIndex } from './variants.ts';

const GROUPS = [
  // Korean (RR, MR, common family spellings)
  'kim gim', 'lee yi rhee ri rhie li', 'park pak bak bahk', 'choi choe chwe', 'cho jo', 'jung jeong chung chong jong cheong',
  'kang gang', 'yun yoon youn', 'jang chang', 'lim im rim', 'seo so suh', 'shin sin', 'kwon gwon', 'ahn an', 'ryu yu yoo ryoo',
  'jeon chon jun chun jon cheon', 'ko go koh', 'moon mun', 'son sohn', 'bae pae', 'baek paek paik', 'heo ho hur huh',
  'noh no roh ro', 'kwak gwak', 'sung seong song', 'hyun hyeon hyon', 'kyu gyu', 'kyung gyeong kyong', 'young yeong yong',
  'ryong ryeong ryung', 'chul cheol chol', 'myung myeong myong', 'jin chin', 'jae chae', 'hee hui hi', 'eun un', 'soo su',
  'suk seok sok', 'duk deok dok tok', 'kwang gwang', 'kook guk kuk', 'bok pok', 'gil kil', 'gi ki kee', 'dong tong',
  'byung byeong pyong pyeong', 'won weon', 'joo ju chu', 'keun geun kun gun', 'yeol yol yul', 'bong pong', 'sik shik',
  'dal tal', 'doo du tu', 'je che', 'seung sung', 'gyo kyo', 'nyeon nyon', 'ok ock', 'sun soon', 'ja cha', 'gon kon', 'geum kum',
  'beom pom bum', 'jun chun', 'tae', 'nam', 'il', 'man', 'ho', 'hae', 'hak', 'han', 'hwan', 'hwa', 'ha', 'sang', 'min',
  'mi', 'su', 'chan', 'hong', 'yang', 'hwang', 'song',
  // Chinese (Pinyin, Wade–Giles)
  'zhang chang', 'xi hsi', 'zhou chou', 'zhao chao', 'qian chien', 'xu hsu', 'xie hsieh', 'jiang chiang', 'zheng cheng',
  'deng teng', 'ding ting', 'guo kuo', 'gao kao', 'gong kung', 'zhong chung', 'rong jung', 'cai tsai', 'cao tsao',
  'cui tsui', 'zou tsou', 'zeng tseng', 'zhu chu', 'ji chi', 'qiu chiu', 'qin chin', 'xiao hsiao', 'xiong hsiung',
  'xin hsin', 'xing hsing', 'xue hsueh', 'bai pai', 'bao pao', 'dong tung', 'long lung', 'hong hung', 'song sung',
  'hui hwei', 'gui kuei', 'jian chien', 'ze tse', 'zi tzu', 'si ssu szu', 'shi shih', 'zhi chih', 'chi chih', 'qing ching',
  'jing ching', 'yong yung', 'ke ko', 'he ho', 'de te', 'zhen chen', 'zhan chan', 'zhuang chuang', 'bin pin', 'bo po',
  'dai tai', 'da ta', 'duan tuan', 'gu ku', 'gan kan', 'guan kuan', 'guang kuang', 'qi chi', 'qiang chiang', 'quan chuan',
  'xian hsien', 'xiang hsiang', 'xuan hsuan', 'yan yen', 'lian lien', 'tian tien', 'bian pien', 'dian tien', 'rui jui',
  'cong tsung', 'zong tsung', 'jie chieh', 'jia chia', 'jiao chiao', 'xia hsia', 'jiu chiu', 'jue chueh', 'ju chu',
  'zhuo cho', 'wu woo', 'ping', 'ming', 'ling', 'ning', 'lin', 'ying', 'wang', 'wen', 'hua', 'hai', 'fang', 'feng', 'lan',
  'mei', 'hao', 'kai', 'peng', 'tao', 'liang', 'sheng', 'shan', 'shen', 'shu', 'yi', 'wei', 'lei', 'fei', 'fu', 'hu',
  'liu', 'ma', 'lu', 'luo', 'nan', 'ye', 'yu', 'yuan', 'yue', 'heng', 'bing', 'tang', 'fan', 'guo', 'huang', 'hui',
];

const BY_SYLLABLE = groupIndex(GROUPS);

const MAX_KEYS = 8;

/**
 * Keys of a normalised token read as one or two Korean/Chinese syllables (group numbers joined by
 * '.'), or undefined when it is not one. Two tokens with a common key spell the same syllables.
 */
export function eastAsianKeys(t: string): string[] | undefined {
  if (t.length < 2 || t.length > 12) return undefined;
  const keys = new Set<string>();
  const whole = BY_SYLLABLE.get(t);
  if (whole) for (const g of whole) keys.add(String(g));
  for (let i = 2; i <= t.length - 2 && keys.size < MAX_KEYS; i++) {
    const a = BY_SYLLABLE.get(t.slice(0, i));
    const b = a && BY_SYLLABLE.get(t.slice(i));
    if (!a || !b) continue;
    for (const x of a) for (const y of b) keys.add(x + '.' + y);
  }
  return keys.size ? [...keys].slice(0, MAX_KEYS) : undefined;
}

/** Whether two key lists (eastAsianKeys) share a key. */
export function shareKey(a: readonly string[], b: readonly string[]): boolean {
  for (const k of a) if (b.includes(k)) return true;
  return false;
}
