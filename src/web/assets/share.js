// Progressive enhancement of the share block: Web Share API where available, else copy to clipboard.
(() => {
  for (const block of document.querySelectorAll("[data-share-url]")) {
    const url = block.getAttribute("data-share-url");
    const title = block.getAttribute("data-share-title");
    const status = block.querySelector(".share-status");
    const nativeItem = block.querySelector(".share-native");
    const copyItem = block.querySelector(".share-copy");
    if (navigator.share && nativeItem) {
      nativeItem.hidden = false;
      nativeItem.querySelector("button").addEventListener("click", () => {
        navigator.share({ title, url }).catch(() => {});
      });
    }
    if (navigator.clipboard && copyItem) {
      copyItem.hidden = false;
      copyItem.querySelector("button").addEventListener("click", async () => {
        try {
          await navigator.clipboard.writeText(url);
          if (status) status.textContent = block.getAttribute("data-label-copied");
        } catch {
          block.querySelector(".share-url input")?.select();
        }
      });
    }
  }
})();
