// Signature blocks for printed documents: the role above, room to sign, the name, and the
// NIP when there is one. The organizer's signatories come from the festival setup; without
// any, the organizers get one unnamed line (signed and named by hand).
import { useTranslation } from 'react-i18next';
import type { Festival } from '../../../shared/model.js';

const blank = '______________________';

export function SignatureBlock({ role, name, nip }: { role: string; name: string; nip: string }) {
  const { t } = useTranslation();
  return (
    <div className="sign-block" data-testid="sign-block">
      <p className="sign-block__role">{role}</p>
      <p className="sign-block__name">{name || blank}</p>
      {nip ? <p className="sign-block__nip">{t('sign.nip', { nip })}</p> : null}
    </div>
  );
}

export function OrganizerSignatures({ festival }: { festival: Festival }) {
  const { t } = useTranslation();
  if (festival.signatories.length === 0)
    return (
      <SignatureBlock role={festival.organizerName || t('paper.theOrganizer')} name="" nip="" />
    );
  return (
    <>
      {festival.signatories.map((s, i) => (
        <SignatureBlock key={i} role={s.role} name={s.name} nip={s.nip} />
      ))}
    </>
  );
}
