package detect

// analysistest expects a want comment for every exported fact; the
// effect summaries are covered by the golden cases instead.
func init() { ExportEffectFacts = false }
