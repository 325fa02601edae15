// office-addin-mock needs only this enum from office-addin-manifest, whose ESM-only
// dependency chain cannot load under jest (docs/office-addin.md §4.3).
module.exports = {
  OfficeApp: {
    Excel: "excel",
    OneNote: "onenote",
    Outlook: "outlook",
    PowerPoint: "powerpoint",
    Project: "project",
    Word: "word",
  },
};
