/**
 * Opening an account (administrators): the role, then the binding that role needs — a facility (searched by name), a
 * county-level division or a medical institution — as the server's /api/account-roles says; a temporary password
 * made by the server (the default, shown once) or one typed here.
 */
import { useState, type FormEvent, type ReactNode } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { data, http, type Schemas } from '../../api/http.ts';
import { errorText, fieldErrors } from './errors.ts';
import { Field, OnceSecret } from './fields.tsx';
import { ACCOUNTS_NS } from './i18n.ts';

type Role = Schemas['Role'];

function Select({ label, value, onChange, error, children, name }: { label: string; value: string; onChange: (v: string) => void; error?: string; children: ReactNode; name: string }) {
  return (
    <label className="field">
      <span className="label">{label}</span>
      <select name={name} value={value} onChange={(e) => onChange(e.target.value)} aria-invalid={error ? true : undefined}>
        {children}
      </select>
      {error && <span className="field-error">{error}</span>}
    </label>
  );
}

export function CreateAccountForm({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation(ACCOUNTS_NS);
  const { t: tm } = useTranslation();
  const qc = useQueryClient();
  const roles = useQuery({ queryKey: ['account-roles'], queryFn: ({ signal }) => data(http.GET('/api/account-roles', { signal })), staleTime: Infinity });
  const [role, setRole] = useState<Role | ''>('');
  const binding = roles.data?.items.find((r) => r.role === role)?.binding ?? 'none';
  const [username, setUsername] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [phone, setPhone] = useState('');
  const [facilityQ, setFacilityQ] = useState('');
  const [facilityId, setFacilityId] = useState('');
  const [divisionId, setDivisionId] = useState('');
  const [institutionId, setInstitutionId] = useState('');
  const [typed, setTyped] = useState(false);
  const [password, setPassword] = useState('');
  const facilities = useQuery({
    queryKey: ['facilities', 'picker', facilityQ],
    enabled: binding === 'facility',
    queryFn: ({ signal }) => data(http.GET('/api/facilities', { params: { query: { q: facilityQ || undefined, pageSize: 50 } }, signal })),
  });
  const divisions = useQuery({ queryKey: ['divisions', 'county', 'picker'], enabled: binding === 'division', queryFn: ({ signal }) => data(http.GET('/api/divisions', { params: { query: { level: 'county' } }, signal })) });
  const institutions = useQuery({ queryKey: ['medical-institutions'], enabled: binding === 'institution', queryFn: ({ signal }) => data(http.GET('/api/medical-institutions', { signal })) });
  const create = useMutation({
    mutationFn: () =>
      data(
        http.POST('/api/users', {
          body: {
            username: username.trim(),
            displayName: displayName.trim(),
            role: role as Role,
            ...(typed ? { password } : {}),
            ...(phone.trim() ? { phone: phone.trim() } : {}),
            ...(binding === 'facility' ? { facilityId } : binding === 'division' ? { divisionId } : binding === 'institution' ? { medicalInstitutionId: institutionId } : {}),
          },
        }),
      ),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['users'] }),
  });
  const errs = fieldErrors(create.error);
  const known = new Set(['username', 'displayName', 'role', 'phone', 'password', 'facilityId', 'divisionId', 'medicalInstitutionId']);
  const general = create.error && !Object.keys(errs).some((f) => known.has(f)) ? errorText(create.error) : null;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate();
  };

  if (create.data) {
    const made = create.data;
    return (
      <div className="settings">
        <p className="notice success" role="status">
          {t('admin.created', { username: made.account.username })}
        </p>
        {made.temporaryPassword ? (
          <OnceSecret
            title={t('admin.tempTitle')}
            intro={t('admin.tempIntro', { name: made.account.displayName, until: new Date(made.temporaryUntil!).toLocaleString() })}
            lines={[made.temporaryPassword]}
            doneLabel={tm('app.close')}
            onDone={onClose}
          />
        ) : (
          <button type="button" className="btn primary" onClick={onClose}>
            {tm('app.close')}
          </button>
        )}
      </div>
    );
  }

  return (
    <form className="account-form" onSubmit={submit} noValidate aria-labelledby="create-title">
      <h2 id="create-title" className="span-2">
        {t('admin.createTitle')}
      </h2>
      <Select label={t('admin.role')} name="role" value={role} onChange={(v) => setRole(v as Role)} error={errs.role}>
        <option value="">—</option>
        {(roles.data?.items ?? []).map((r) => (
          <option key={r.role} value={r.role}>
            {tm(`role.${r.role}`)}
          </option>
        ))}
      </Select>
      <Field label={t('common.username')} name="username" autoComplete="off" value={username} onChange={(e) => setUsername(e.target.value)} error={errs.username} required />
      <Field label={t('admin.name')} name="displayName" autoComplete="off" value={displayName} onChange={(e) => setDisplayName(e.target.value)} error={errs.displayName} required />
      <Field label={t('admin.phoneOptional')} name="phone" type="tel" inputMode="numeric" maxLength={11} value={phone} onChange={(e) => setPhone(e.target.value.replace(/\D/g, ''))} error={errs.phone} />
      {binding === 'facility' && (
        <>
          <Field label={t('admin.facilitySearch')} name="facilityQ" value={facilityQ} onChange={(e) => setFacilityQ(e.target.value)} />
          <Select label={t('admin.facility')} name="facilityId" value={facilityId} onChange={setFacilityId} error={errs.facilityId}>
            <option value="">{t('admin.chooseFacility')}</option>
            {(facilities.data?.items ?? []).map((f) => (
              <option key={f.id} value={f.id}>
                {f.name}（{f.divisionName}）
              </option>
            ))}
          </Select>
        </>
      )}
      {binding === 'division' && (
        <Select label={t('admin.division')} name="divisionId" value={divisionId} onChange={setDivisionId} error={errs.divisionId}>
          <option value="">{t('admin.chooseDivision')}</option>
          {(divisions.data?.items ?? []).map((d) => (
            <option key={d.id} value={d.id}>
              {d.name}
            </option>
          ))}
        </Select>
      )}
      {binding === 'institution' && (
        <Select label={t('admin.institution')} name="medicalInstitutionId" value={institutionId} onChange={setInstitutionId} error={errs.medicalInstitutionId}>
          <option value="">{t('admin.chooseInstitution')}</option>
          {(institutions.data?.items ?? []).map((m) => (
            <option key={m.id} value={m.id}>
              {m.name}
            </option>
          ))}
        </Select>
      )}
      <fieldset>
        <legend>{t('admin.passwordMode')}</legend>
        <label className="radio">
          <input type="radio" name="pwmode" checked={!typed} onChange={() => setTyped(false)} />
          {t('admin.temporary')}
        </label>
        <label className="radio">
          <input type="radio" name="pwmode" checked={typed} onChange={() => setTyped(true)} />
          {t('admin.typed')}
        </label>
        {typed && <Field label={t('common.password')} name="password" type="password" autoComplete="new-password" value={password} onChange={(e) => setPassword(e.target.value)} error={errs.password} />}
      </fieldset>
      {general && (
        <p className="form-error" role="alert">
          {general}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="btn primary" disabled={create.isPending || !role}>
          {t('admin.create')}
        </button>
        <button type="button" className="btn ghost" onClick={onClose}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
