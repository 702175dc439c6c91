// The import page's file chooser. The browser's own file input words its button and "no file
// chosen" in the browser's language, not the page's, and a file dropped beside it (anywhere on the
// dashed zone but the input itself) makes the tab open the file and leave the app. This one names
// its button and the chosen files in the page's language, and takes a drop anywhere on the zone.
// Until the page's script runs, the browser's own input is shown and works as before.
import { useEffect, useRef, useState, type DragEvent } from "react";
import { useTranslation } from "react-i18next";
import { Value } from "../data-text";

const carriesFiles = (e: { dataTransfer: DataTransfer | null }) => Array.from(e.dataTransfer?.types ?? []).includes("Files");

export function FilePicker({ id, name, accept }: { id: string; name: string; accept: string }) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const [ready, setReady] = useState(false);
  const [names, setNames] = useState<string[]>([]);
  const [over, setOver] = useState(false);

  useEffect(() => {
    setReady(true);
    // a file let go outside the zone would otherwise replace the page with the file
    const keep = (e: globalThis.DragEvent) => {
      if (carriesFiles(e)) e.preventDefault();
    };
    window.addEventListener("dragover", keep);
    window.addEventListener("drop", keep);
    return () => {
      window.removeEventListener("dragover", keep);
      window.removeEventListener("drop", keep);
    };
  }, []);

  const showChosen = () => setNames(Array.from(input.current?.files ?? [], (f) => f.name));
  const onDragOver = (e: DragEvent) => {
    if (!carriesFiles(e)) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = "copy";
    setOver(true);
  };
  const onDrop = (e: DragEvent) => {
    if (!carriesFiles(e)) return;
    e.preventDefault();
    setOver(false);
    if (!input.current || e.dataTransfer.files.length === 0) return;
    input.current.files = e.dataTransfer.files;
    showChosen();
  };

  return (
    <label htmlFor={id} className={`file-drop${over ? " over" : ""}`} onDragOver={onDragOver} onDragLeave={() => setOver(false)} onDrop={onDrop}>
      <strong>{t("importer.drop")}</strong>
      {t("importer.orChoose")}
      <div className="muted" style={{ fontSize: 12 }}>
        {t("importer.accepted")}
      </div>
      <input id={id} ref={input} type="file" name={name} multiple accept={accept} className={ready ? "sr-only" : "file-native"} onChange={showChosen} />
      {ready && (
        <div className="file-chosen" data-chosen-files={names.length}>
          <span className="btn" aria-hidden="true">
            {t("importer.chooseFiles")}
          </span>
          {names.length === 0 ? (
            <span className="muted">{t("importer.noFiles")}</span>
          ) : (
            <ul aria-label={t("importer.chosen", { count: names.length })}>
              {names.map((n, i) => (
                <li key={`${i}:${n}`}>
                  <Value>{n}</Value>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </label>
  );
}
