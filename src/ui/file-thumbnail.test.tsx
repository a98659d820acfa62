import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FileUpload, type UploadedFile } from './file-upload';
import { renderUi } from './test-providers';

const photo: UploadedFile = { id: 'p1', name: 'rezept-foto.jpg', size: 180_000, type: 'image/jpeg' };
const pdf: UploadedFile = { id: 'd1', name: 'rentenbescheid.pdf', size: 90_000, type: 'application/pdf' };

const upload = (files: UploadedFile[], loadBytes?: (id: string) => Promise<Uint8Array | undefined>) => (
  <FileUpload
    id="proof"
    label="Nachweis"
    accept="image/jpeg,image/png,application/pdf"
    files={files}
    onAdd={() => undefined}
    onRemove={() => undefined}
    loadBytes={loadBytes}
  />
);

describe('FileThumbnail in FileUpload', () => {
  const createObjectURL = vi.fn((blob: Blob) => `blob:preview-${blob.type}`);
  const revokeObjectURL = vi.fn();

  beforeEach(() => {
    // jsdom has no object URLs; the CSP's img-src allows blob: for exactly these.
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL, revokeObjectURL }));
  });
  afterEach(() => {
    createObjectURL.mockClear();
    revokeObjectURL.mockClear();
  });

  it('shows a photo as a small preview named after the file, and revokes its URL when the row goes', async () => {
    const loadBytes = vi.fn(() => Promise.resolve(new Uint8Array([0xff, 0xd8, 0xff])));
    const view = renderUi(upload([photo], loadBytes));
    const preview = await screen.findByRole('img', { name: 'Vorschau: rezept-foto.jpg' });
    expect(preview).toHaveAttribute('src', 'blob:preview-image/jpeg');
    expect(loadBytes).toHaveBeenCalledWith('p1');
    expect(revokeObjectURL).not.toHaveBeenCalled();
    view.unmount();
    expect(revokeObjectURL).toHaveBeenCalledWith('blob:preview-image/jpeg');
  });

  it('reads a photo once, not on every render of the page', async () => {
    const loadBytes = vi.fn((_id: string) => Promise.resolve(new Uint8Array([1])));
    function Page() {
      const [renders, setRenders] = useState(0);
      return (
        <>
          <button type="button" onClick={() => setRenders(renders + 1)}>
            Render {renders}
          </button>
          {/* A new loader function on every render, as pages pass it. */}
          {upload([photo], (id) => loadBytes(id))}
        </>
      );
    }
    const user = userEvent.setup();
    renderUi(<Page />);
    await screen.findByRole('img', { name: 'Vorschau: rezept-foto.jpg' });
    await user.click(screen.getByRole('button', { name: 'Render 0' }));
    await user.click(screen.getByRole('button', { name: 'Render 1' }));
    expect(loadBytes).toHaveBeenCalledTimes(1);
    expect(createObjectURL).toHaveBeenCalledTimes(1);
  });

  it('shows a file icon for a PDF and never reads its bytes', () => {
    const loadBytes = vi.fn(() => Promise.resolve(new Uint8Array([1])));
    const { container } = renderUi(upload([pdf], loadBytes));
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
    expect(container.querySelector('svg.ui-file-thumbnail--icon')).toHaveAttribute('aria-hidden', 'true');
    expect(loadBytes).not.toHaveBeenCalled();
    expect(createObjectURL).not.toHaveBeenCalled();
  });

  it('keeps the file icon when the photo cannot be read', async () => {
    const loadBytes = vi.fn(() => Promise.reject(new Error('locked')));
    const { container } = renderUi(upload([photo], loadBytes));
    await waitFor(() => expect(loadBytes).toHaveBeenCalled());
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
    expect(container.querySelector('svg.ui-file-thumbnail--icon')).toBeInTheDocument();
  });

  it('names the preview in English when English is chosen', async () => {
    renderUi(
      upload([photo], () => Promise.resolve(new Uint8Array([1]))),
      { language: 'en' },
    );
    expect(await screen.findByRole('img', { name: 'Preview: rezept-foto.jpg' })).toBeInTheDocument();
  });
});
