/**
 * A director's teachers (我的教师, /my-teachers): the facility's teacher accounts; add one (a temporary password is
 * made and shown once, to be changed at the first login), disable, enable, reset. Tablet-first like the staff pages.
 */
import { useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { data, http } from '../../api/http.ts';
import { can, useSession } from '../../auth.tsx';
import { AccountTable } from './AccountTable.tsx';
import { errorText, fieldErrors } from './errors.ts';
import { Field, NotForYou, OnceSecret } from './fields.tsx';
import { ACCOUNTS_NS } from './i18n.ts';
import { Pager } from './Pager.tsx';
import './accounts.css';

const PAGE = 50;

function AddTeacher({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation(ACCOUNTS_NS);
  const { t: tm } = useTranslation();
  const qc = useQueryClient();
  const [displayName, setDisplayName] = useState('');
  const [username, setUsername] = useState('');
  const [phone, setPhone] = useState('');
  const add = useMutation({
    mutationFn: () => data(http.POST('/api/teachers', { body: { displayName: displayName.trim(), username: username.trim(), ...(phone ? { phone } : {}) } })),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['teachers'] }),
  });
  const errs = fieldErrors(add.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    add.mutate();
  };
  if (add.data) {
    return (
      <>
        <p className="notice success" role="status">
          {t('admin.created', { username: add.data.account.username })}
        </p>
        <OnceSecret
          title={t('admin.tempTitle')}
          intro={t('admin.tempIntro', { name: add.data.account.displayName, until: new Date(add.data.temporaryUntil!).toLocaleString() })}
          lines={[add.data.temporaryPassword!]}
          doneLabel={tm('app.close')}
          onDone={onClose}
        />
      </>
    );
  }
  return (
    <form className="account-form" onSubmit={submit} noValidate aria-labelledby="add-title">
      <h2 id="add-title" className="span-2">
        {t('teachers.addTitle')}
      </h2>
      <Field label={t('admin.name')} name="displayName" value={displayName} onChange={(e) => setDisplayName(e.target.value)} error={errs.displayName} required />
      <Field label={t('common.username')} name="username" autoComplete="off" value={username} onChange={(e) => setUsername(e.target.value)} error={errs.username} required />
      <Field label={t('admin.phoneOptional')} name="phone" type="tel" inputMode="numeric" maxLength={11} value={phone} onChange={(e) => setPhone(e.target.value.replace(/\D/g, ''))} error={errs.phone} />
      {add.error && !errs.displayName && !errs.username && !errs.phone && (
        <p className="form-error" role="alert">
          {errorText(add.error)}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="btn primary" disabled={add.isPending}>
          {t('teachers.add')}
        </button>
        <button type="button" className="btn ghost" onClick={onClose}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}

export function TeachersPage() {
  const { t } = useTranslation(ACCOUNTS_NS);
  const session = useSession();
  const [page, setPage] = useState(1);
  const [adding, setAdding] = useState(false);
  const allowed = can(session.data, 'teacher_account', 'read');
  const list = useQuery({
    queryKey: ['teachers', page],
    enabled: allowed,
    queryFn: ({ signal }) => data(http.GET('/api/teachers', { params: { query: { page, pageSize: PAGE } }, signal })),
  });
  if (session.isPending) return <div className="loading">{t('common.loading')}</div>;
  if (!allowed) return <NotForYou loggedIn={!!session.data?.user} />;
  return (
    <div className="page">
      <div className="page-head">
        <h1>{t('teachers.title')}</h1>
        <p className="muted">{t('teachers.intro')}</p>
      </div>
      {adding ? (
        <section className="panel">
          <AddTeacher onClose={() => setAdding(false)} />
        </section>
      ) : (
        <div className="account-tools">
          <button type="button" className="btn primary" onClick={() => setAdding(true)}>
            {t('teachers.add')}
          </button>
        </div>
      )}
      {list.error && (
        <p className="form-error" role="alert">
          {errorText(list.error)}
        </p>
      )}
      {list.data && (
        <>
          <p className="list-meta">{t('teachers.total', { n: list.data.total })}</p>
          {list.data.items.length === 0 ? <p className="empty">{t('teachers.none')}</p> : <AccountTable kind="teachers" items={list.data.items} selfId={session.data?.user?.id ?? null} showRole={false} />}
          <Pager page={page} pageSize={PAGE} total={list.data.total} onPage={setPage} />
        </>
      )}
    </div>
  );
}
