// A juror PIN as people read it: digits in groups of three ("482 559 037"). The gaps are
// drawn by CSS, so copying the PIN gives the digits alone (the pad ignores spaces anyway).

export function pinGroups(pin: string): string[] {
  return /^\d{7,}$/.test(pin) ? (pin.match(/\d{1,3}/g) ?? [pin]) : [pin];
}

export function PinCode({ pin }: { pin: string }) {
  return (
    <>
      {pinGroups(pin).map((g, i) => (
        <span key={i} className="pin__group">
          {g}
        </span>
      ))}
    </>
  );
}
