import { useMemo, useState } from 'react';
import { useTranslation } from '../../../lib/i18n/useTranslation';
import { Button } from '../../../ui/Button';
import { Dialog } from '../../../ui/Dialog';
import { Select } from '../../../ui/Select';
import { columnValues, describeColumns, guessColumn, readCsv } from '../../../lib/readCsvColumns';
import { Banner } from '../../../ui/Banner';
import { Hint } from '../../../ui/Hint';
import './CsvImportDialog.css';

const PREVIEW_ROWS = 5;

/** Picks the column of open_ids in an uploaded CSV, with a preview of the first rows. */
export function CsvImportDialog({
  fileName,
  text,
  onCancel,
  onAdd,
}: {
  fileName: string;
  text: string;
  onCancel: () => void;
  onAdd: (values: string[]) => void;
}) {
  const { t } = useTranslation('compose');
  const result = useMemo(() => readCsv(text), [text]);
  const [hasHeader, setHasHeader] = useState(result.ok && result.table.hasHeader);
  const columns = useMemo(
    () => (result.ok ? describeColumns(result.table, hasHeader) : []),
    [result, hasHeader],
  );
  const [column, setColumn] = useState(() => guessColumn(columns));
  const values = useMemo(
    () => (result.ok ? columnValues(result.table, column, hasHeader) : []),
    [result, column, hasHeader],
  );
  const filled = values.filter((value) => value !== '').length;
  const columnName = (index: number) =>
    columns[index]?.header || t('csv.column', { number: index + 1 });

  return (
    <Dialog
      open
      onOpenChange={(open) => {
        if (!open) onCancel();
      }}
      size="lg"
      title={t('csv.title')}
      description={t('csv.description', { name: fileName })}
      footer={
        <>
          <Button onClick={onCancel}>{t('csv.cancel')}</Button>
          <Button
            variant="primary"
            disabled={filled === 0}
            onClick={() => onAdd(values.filter((value) => value !== ''))}
          >
            {t('csv.add', { count: filled })}
          </Button>
        </>
      }
    >
      {result.ok ? (
        <div className="cp-csv">
          <div className="cp-csv__controls">
            <Select
              label={t('csv.columnLabel')}
              value={column}
              onChange={(event) => setColumn(Number(event.target.value))}
            >
              {columns.map((item) => (
                <option key={item.index} value={item.index}>
                  {t('csv.columnOption', {
                    name: columnName(item.index),
                    ids: item.idCount,
                    filled: item.filled,
                  })}
                </option>
              ))}
            </Select>
            <label className="cp-check">
              <input
                type="checkbox"
                checked={hasHeader}
                onChange={(event) => setHasHeader(event.target.checked)}
              />
              {t('csv.hasHeader')}
            </label>
          </div>
          <div className="cp-csv__table-wrap">
            <table className="cp-csv__table">
              <caption className="visually-hidden">{t('csv.preview')}</caption>
              <thead>
                <tr>
                  {columns.map((item) => (
                    <th
                      key={item.index}
                      scope="col"
                      className={item.index === column ? 'is-picked' : undefined}
                    >
                      {columnName(item.index)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {result.table.rows
                  .slice(hasHeader ? 1 : 0, (hasHeader ? 1 : 0) + PREVIEW_ROWS)
                  .map((row, index) => (
                    <tr key={index}>
                      {columns.map((item) => (
                        <td
                          key={item.index}
                          className={item.index === column ? 'is-picked' : undefined}
                        >
                          {row[item.index] ?? ''}
                        </td>
                      ))}
                    </tr>
                  ))}
              </tbody>
            </table>
          </div>
          <Hint>{t('csv.summary', { rows: values.length, filled, count: values.length })}</Hint>
        </div>
      ) : (
        <Banner tone="error">{t(`csv.${result.error}`, { name: fileName })}</Banner>
      )}
    </Dialog>
  );
}
