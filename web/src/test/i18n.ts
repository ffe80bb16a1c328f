/** Two i18next instances over the app's own resources (zh-CN and en), for the web app's unit tests. */
import i18next, { type TFunction } from 'i18next';
import zhCN from '../i18n/zh-CN.ts';
import en from '../i18n/en.ts';

async function instance(lng: 'zh-CN' | 'en', translation: object): Promise<TFunction> {
  const i = i18next.createInstance();
  await i.init({ lng, resources: { [lng]: { translation } }, interpolation: { escapeValue: false } });
  return i.t;
}

export const zh = await instance('zh-CN', zhCN);
export const eng = await instance('en', en);
