/**
 * The families' notices in the inbox (/notifications): one sentence per outbox template (src/db/repos/families),
 * zh-CN first, English second, under `inbox.templates.<template>` of the accounts namespace where the inbox looks
 * them up; the notice's params fill them in.
 */
import i18n from '../../i18n/index.ts';
import { ACCOUNTS_NS } from '../accounts/i18n.ts';

const zhCN = {
  application_received: '已收到入托申请：{{choices}} 个志愿，{{startDate}} 入托。可在“我的家庭”查看排队位次。',
  application_received_facility: '本机构收到一份新的入托申请（{{startDate}} 入托），请在“入托管理”查看。',
  offer_made: '{{facility}}（{{className}}）发来录取通知：{{startDate}} 入托，月费 ¥{{monthlyFee}}。请在答复期限前接受或谢绝。',
  offer_expiring: '{{facility}} 的录取通知即将到期，请尽快答复。',
  offer_expired: '录取通知已过答复期限，名额已顺延给下一位家庭。',
  offer_withdrawn: '机构撤回了录取通知。',
  offer_accepted: '家长已接受录取通知（{{startDate}} 入托）。',
  offer_declined: '家长谢绝了录取通知，名额将顺延给下一位家庭。',
  placement_confirmed: '入托已确认：{{startDate}} 起。入托前请完成入托体检。',
  placement_ending: '入托将于 {{lastDay}} 结束（最后一天）。',
  placement_cancelled: '原定 {{startDate}} 开始的入托已取消。',
  booking_confirmed: '临时托已预约：{{facility}}，{{date}} {{start}}–{{end}}，费用 ¥{{price}}。',
  booking_reminder: '提醒：{{date}} {{start}}–{{end}} 在 {{facility}} 的临时托。',
};

const en: typeof zhCN = {
  application_received: 'Application received: {{choices}} choice(s), starting {{startDate}}. See the waiting-list positions under My family.',
  application_received_facility: 'A new application to your facility (starting {{startDate}}): see Admissions.',
  offer_made: 'An offer from {{facility}} ({{className}}): starting {{startDate}}, ¥{{monthlyFee}} a month. Accept or decline before the deadline.',
  offer_expiring: 'The offer from {{facility}} expires soon: please answer it.',
  offer_expired: 'The offer passed its deadline; the place went on to the next family.',
  offer_withdrawn: 'The facility withdrew its offer.',
  offer_accepted: 'A family accepted the offer (starting {{startDate}}).',
  offer_declined: 'A family declined the offer; the place goes on to the next family.',
  placement_confirmed: 'The placement is confirmed from {{startDate}}. Please have the entry health exam done before the first day.',
  placement_ending: 'The placement ends on {{lastDay}} (the last day).',
  placement_cancelled: 'The placement that was to start on {{startDate}} is cancelled.',
  booking_confirmed: 'Temporary care booked: {{facility}}, {{date}} {{start}}–{{end}}, ¥{{price}}.',
  booking_reminder: 'Reminder: temporary care at {{facility}} on {{date}}, {{start}}–{{end}}.',
};

i18n.addResourceBundle('zh-CN', ACCOUNTS_NS, { inbox: { templates: zhCN } }, true, false);
i18n.addResourceBundle('en', ACCOUNTS_NS, { inbox: { templates: en } }, true, false);
