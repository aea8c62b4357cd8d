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
    const field = block.querySelector(".share-url");
    if (navigator.clipboard && copyItem) {
      // One "Copy link": the button replaces the address field, which comes back if copying fails.
      copyItem.hidden = false;
      if (field) field.hidden = true;
      copyItem.querySelector("button").addEventListener("click", async () => {
        try {
          await navigator.clipboard.writeText(url);
          if (status) status.textContent = block.getAttribute("data-label-copied");
        } catch {
          if (field) field.hidden = false;
          field?.querySelector("input")?.select();
        }
      });
    }
  }
})();
