import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { FileUpload, type UploadedFile } from './file-upload';
import { renderUi } from './test-providers';

const accept = 'image/jpeg,image/png,application/pdf';

function Harness({ onAdd, onRemove }: { onAdd?: (files: File[]) => void; onRemove?: (id: string) => void }) {
  const [files, setFiles] = useState<UploadedFile[]>([
    { id: 'a', name: 'quittung-apotheke.pdf', size: 1.2 * 1024 * 1024, type: 'application/pdf' },
  ]);
  return (
    <FileUpload
      id="receipts"
      label="Belege hochladen"
      hint="Fotos oder PDF"
      accept={accept}
      multiple
      files={files}
      onAdd={(added) => {
        onAdd?.(added);
        setFiles((now) => [
          ...now,
          ...added.map((file) => ({ id: file.name, name: file.name, size: file.size, type: file.type })),
        ]);
      }}
      onRemove={(id) => {
        onRemove?.(id);
        setFiles((now) => now.filter((file) => file.id !== id));
      }}
    />
  );
}

describe('FileUpload', () => {
  it('is a labelled native file input without capture', () => {
    renderUi(<Harness />);
    const input = screen.getByLabelText('Belege hochladen');
    expect(input).toHaveAttribute('type', 'file');
    expect(input).toHaveAttribute('id', 'receipts');
    expect(input).toHaveAttribute('accept', accept);
    expect(input).toHaveAttribute('multiple');
    expect(input).not.toHaveAttribute('capture');
    expect(input).toHaveAccessibleDescription('Fotos oder PDF');
  });

  it('lists files with their size and a remove button named after the file', () => {
    renderUi(<Harness />);
    expect(screen.getByRole('list', { name: 'Hinzugefügte Dateien' })).toHaveTextContent(
      'quittung-apotheke.pdf (1,2 MB)',
    );
    expect(screen.getByRole('button', { name: 'Entfernen quittung-apotheke.pdf' })).toBeInTheDocument();
  });

  it('hands chosen files to onAdd, clears the input and announces the addition', async () => {
    const onAdd = vi.fn();
    renderUi(<Harness onAdd={onAdd} />);
    const input = screen.getByLabelText<HTMLInputElement>('Belege hochladen');
    const photo = new File(['x'.repeat(2048)], 'rezept.jpg', { type: 'image/jpeg' });
    await userEvent.setup().upload(input, photo);
    expect(onAdd).toHaveBeenCalledWith([photo]);
    expect(input.value).toBe('');
    expect(screen.getByRole('status')).toHaveTextContent('Datei hinzugefügt: rezept.jpg');
    expect(screen.getByRole('list')).toHaveTextContent('rezept.jpg (2 KB)');
  });

  it('removes a file, announces it and keeps focus in the field', async () => {
    const onRemove = vi.fn();
    renderUi(<Harness onRemove={onRemove} />);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Entfernen quittung-apotheke.pdf' }));
    expect(onRemove).toHaveBeenCalledWith('a');
    expect(screen.queryByRole('list')).not.toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Datei entfernt: quittung-apotheke.pdf');
    expect(screen.getByLabelText('Belege hochladen')).toHaveFocus();
  });

  it('says in English when the page is busy, and takes a custom remove label', () => {
    renderUi(
      <FileUpload
        id="f"
        label="Receipts"
        error="Choose a file"
        accept={accept}
        files={[{ id: '1', name: 'scan.png', size: 500, type: 'image/png' }]}
        onAdd={() => undefined}
        onRemove={() => undefined}
        busy
        removeLabel={(name) => `Remove ${name} from the application`}
      />,
      { language: 'en' },
    );
    expect(screen.getByRole('status')).toHaveTextContent('Processing the file');
    expect(screen.getByRole('button', { name: 'Remove scan.png from the application' })).toBeInTheDocument();
    expect(screen.getByRole('list')).toHaveTextContent('scan.png (500 B)');
    const input = screen.getByLabelText('Receipts');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription('Error: Choose a file');
  });

  it('does not call onAdd when the dialog is cancelled', () => {
    const onAdd = vi.fn();
    renderUi(<Harness onAdd={onAdd} />);
    const input = screen.getByLabelText<HTMLInputElement>('Belege hochladen');
    act(() => {
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(onAdd).not.toHaveBeenCalled();
  });
});
