"""sync layer: enrollment, roster, bundle export and import, receipts."""
