// A calendar date (yyyy-mm-dd) written out in the reader's language, weekday included:
// "Selasa, 8 Desember 2026" / "Tuesday, 8 December 2026". Paper (minutes, certificates) and
// the desk's date fields, whose own control shows the date the way the laptop's system is
// set (12/08/2026 on a US-English system reads as 12 August to an Indonesian organizer).
export const longDate = (iso: string, lng: string) => {
  const d = new Date(`${iso}T12:00:00`);
  return Number.isNaN(d.getTime())
    ? iso
    : d.toLocaleDateString(lng === 'en' ? 'en-GB' : 'id-ID', {
        weekday: 'long',
        day: 'numeric',
        month: 'long',
        year: 'numeric',
      });
};
