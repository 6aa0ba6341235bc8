// The form behind the Electron menu item "Jadikan laptop cadangan...": the primary's
// address and the pairing code (or the whole line from the primary's desk). Checked here
// first, in the reader's language; the main process checks again, asks for a native
// confirmation and restarts this laptop's server as the standby (electron/main/standby.ts).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { pairCodeSchema } from '../../../shared/contract/replica.js';
import { parsePairInput } from '../../../shared/standby-pairing.js';
import { errorText } from '../../common/error-text.js';
import { currentLanguage } from '../../common/i18n.js';
import { Button, Dialog } from '../../common/ui/index.js';
import { bridge } from '../bridge.js';
import { ErrorLine, TextField } from '../fields.js';

type Errors = { address?: string; code?: string; call?: string };

/** What is wrong with the form, as message keys; empty when it can be sent. */
export function checkStandbyForm(address: string, code: string): Errors {
  const parsed = parsePairInput(address);
  if (!parsed) return { address: 'sb.become.badAddress' };
  const text = code.trim() !== '' ? code : (parsed.code ?? '');
  return pairCodeSchema.safeParse(text).success ? {} : { code: 'sb.become.badCode' };
}

export function BecomeStandbyDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const [address, setAddress] = useState('');
  const [code, setCode] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [pending, setPending] = useState(false);
  const submit = async () => {
    const found = checkStandbyForm(address, code);
    setErrors(found);
    const b = bridge();
    if (Object.keys(found).length > 0 || !b) return;
    setPending(true);
    const res = await b.becomeStandby({ address, code });
    setPending(false);
    if (!res.ok) setErrors({ call: errorText(res, currentLanguage()) });
    else if (res.data) onClose(); // the window reloads on the standby's desk
  };
  return (
    <Dialog
      open={open}
      title={t('sb.become.title')}
      onClose={onClose}
      actions={
        <>
          <Button variant="secondary" onClick={onClose}>
            {t('sb.takeoverCancel')}
          </Button>
          <Button variant="primary" disabled={pending} onClick={() => void submit()}>
            {t('sb.become.submit')}
          </Button>
        </>
      }
    >
      <p>{t('sb.become.lead')}</p>
      <TextField
        label={t('sb.become.address')}
        hint={t('sb.become.addressHint')}
        name="primary-address"
        value={address}
        onChange={setAddress}
        maxLength={300}
        error={errors.address ? t(errors.address) : undefined}
      />
      <TextField
        label={t('sb.become.code')}
        hint={t('sb.become.codeHint')}
        name="pair-code"
        value={code}
        onChange={setCode}
        maxLength={40}
        error={errors.code ? t(errors.code) : undefined}
      />
      <ErrorLine message={errors.call} />
    </Dialog>
  );
}
