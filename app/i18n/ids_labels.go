package i18n

// The printable shelf labels (server/api, GET /labels).
const LabelsTitle = "LabelsTitle"

func init() { IDs = append(IDs, LabelsTitle) }
