package templates

// Class is the device class (trimmed from evcc util/templates).
type Class int

const (
	_ Class = iota
	Charger
	Circuit
	Loadpoint
	Meter
	Tariff
	Vehicle
	Messenger
	Hems
)

func ClassString(s string) (Class, error) {
	switch s {
	case "charger":
		return Charger, nil
	case "circuit":
		return Circuit, nil
	case "loadpoint":
		return Loadpoint, nil
	case "meter":
		return Meter, nil
	case "tariff":
		return Tariff, nil
	case "vehicle":
		return Vehicle, nil
	case "messenger":
		return Messenger, nil
	case "hems":
		return Hems, nil
	}
	return 0, errUnknown
}

type unknownErr struct{}

func (unknownErr) Error() string { return "unknown class" }

var errUnknown error = unknownErr{}
