// The front desk's optional helpers (features/desk). Every page works without them: the print
// button is hidden until this runs, and the camera button shows only where the browser can read
// QR codes (BarcodeDetector) and has a camera; the code field and its button are always there.
(() => {
  for (const button of document.querySelectorAll("button[data-print]")) {
    button.hidden = false;
    button.addEventListener("click", () => window.print());
  }

  const scan = document.querySelector("button[data-scan]");
  const input = scan && document.getElementById(scan.dataset.scan);
  if (!scan || !input || !input.form || !("BarcodeDetector" in window) || !navigator.mediaDevices?.getUserMedia) return;
  const startLabel = scan.textContent;
  let stream;
  let video;
  let timer;
  const stop = () => {
    clearInterval(timer);
    stream?.getTracks().forEach((track) => track.stop());
    stream = undefined;
    video?.remove();
    video = undefined;
    scan.textContent = startLabel;
  };
  scan.hidden = false;
  scan.addEventListener("click", async () => {
    if (stream) return stop();
    try {
      const detector = new window.BarcodeDetector({ formats: ["qr_code"] });
      stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: "environment" }, audio: false });
      video = document.createElement("video");
      video.muted = true;
      video.playsInline = true;
      video.className = "desk-camera";
      video.setAttribute("aria-hidden", "true");
      video.srcObject = stream;
      scan.closest(".actions").after(video);
      await video.play();
      scan.textContent = scan.dataset.stopLabel;
      timer = setInterval(async () => {
        const found = await detector.detect(video).catch(() => []);
        const value = found[0]?.rawValue;
        if (!value) return;
        stop();
        input.value = value;
        input.form.requestSubmit();
      }, 250);
    } catch {
      // No permission or no camera: typing or a hand-held scanner still works.
      stop();
      input.focus();
    }
  });
})();
