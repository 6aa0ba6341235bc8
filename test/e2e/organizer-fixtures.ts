// Spreadsheets for the organizer desk's page tests, built with exceljs as an organizer's
// Excel would save them: a header row, then one entry or juror per row.
import ExcelJS from 'exceljs';
import type { EntryRow, JurorRow } from '../../shared/contract/setup-schemas.js';

export async function xlsx(
  rows: Array<Array<string | number>>,
  sheet = 'Peserta',
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheet);
  for (const r of rows) ws.addRow(r);
  ws.getRow(1).font = { bold: true };
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/**
 * A sheet as government offices make them: a title merged across the table in row 1, a
 * subtitle in row 2 (merged too), a blank row, then the header in row 4 and the rows.
 */
export async function xlsxWithTitle(
  title: string,
  subtitle: string,
  rows: Array<Array<string | number>>,
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Lampiran');
  const width = Math.max(...rows.map((r) => r.length));
  ws.getCell(1, 1).value = title;
  ws.mergeCells(1, 1, 1, width);
  ws.getCell(2, 1).value = subtitle;
  ws.mergeCells(2, 1, 2, width);
  ws.getRow(1).font = { bold: true, size: 14 };
  rows.forEach((r, i) => {
    ws.getRow(4 + i).values = r;
  });
  ws.getRow(4).font = { bold: true };
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export const entryHeader = [
  'No. urut',
  'Kode',
  'Judul Inovasi',
  'Instansi',
  'Kategori',
  'Panel',
  'Penyaji',
];
export const entryRows: Array<Array<string | number>> = [
  [
    1,
    'OPD-01',
    'SIGAP Bencana: laporan warga lewat WhatsApp',
    'BPBD',
    'Perangkat Daerah',
    'Panel A',
    'Drs. Agus Salim',
  ],
  [
    2,
    'OPD-02',
    'Kartu Tani Digital',
    'Dinas Pertanian',
    'Perangkat Daerah',
    'Panel A',
    'Ir. Sri Wahyuni',
  ],
  [
    3,
    'OPD-03',
    'Si Cantik: perizinan satu pintu daring',
    'DPMPTSP',
    'Perangkat Daerah',
    'Panel A',
    'Budi Santoso, S.T.',
  ],
  [
    1,
    'SEK-01',
    'Kantin Kejujuran Berbasis QRIS',
    'SMPN 1 Trenggalek',
    'Sekolah',
    'Panel B',
    'Rina Marlina, S.Pd.',
  ],
  [
    2,
    'SEK-02',
    'Perpustakaan Keliling Desa',
    'SDN 2 Pogalan',
    'Sekolah',
    'Panel B',
    'Dewi Lestari',
  ],
  ['', 'DES-01', 'Bank Sampah Digital Desa', 'Desa Sumberbening', 'Desa', 'Panel B', 'Kepala Desa'],
];
export const jurorRows: Array<Array<string | number>> = [
  ['Nama', 'Panel', 'Ketua', 'Konflik'],
  ['Prof. Dr. Suhartono', 'Panel A', 'ya', ''],
  ['Dr. Ratna Widyaningsih', 'Panel A', '', 'Dinas Pertanian'],
  ['Dr. Hendra Gunawan', 'Panel B', 'ya', 'SEK-02'],
  ['Siti Nurjanah, M.Pd.', 'Panel B', '', 'SMPN 1 Trenggalek; DES-01'],
];

/**
 * The rows above as the desk's import sends them (`roster:import`): what the page test
 * imports from the XLSX files, for the tests that start from an imported festival.
 */
export function entryImportRows(): EntryRow[] {
  return entryRows.map(
    ([order, code, title, institution, category, panel, presenter], i) =>
      ({
        row: i + 2,
        code: String(code),
        title: String(title),
        institution: String(institution),
        category: String(category),
        panel: String(panel),
        presenter: String(presenter),
        ...(order === '' ? {} : { order: Number(order) }),
      }) as EntryRow,
  );
}

export function jurorImportRows(): JurorRow[] {
  return jurorRows.slice(1).map(([name, panel, chair, conflicts], i) => ({
    row: i + 2,
    name: String(name),
    panel: String(panel),
    isChair: chair === 'ya',
    conflicts: String(conflicts)
      .split(';')
      .map((c) => c.trim())
      .filter((c) => c !== ''),
  }));
}
