"""report layer: ReportLab documents and transmittal packages."""
