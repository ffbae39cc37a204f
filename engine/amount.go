package engine

import (
	"github.com/sitrep/sitrep/amount"
	"github.com/sitrep/sitrep/doc"
	"github.com/sitrep/sitrep/pipeline"
)

// OrderAmountAttach is the position of the stage that gives events their
// amounts, after the event coder.
const OrderAmountAttach = OrderEvent + 7

func init() {
	Register(OrderAmount, "amount", func(Config) (pipeline.Stage, error) {
		return amountStage{}, nil
	})
	Register(OrderAmountAttach, "amount-attach", func(Config) (pipeline.Stage, error) {
		return amountAttach{}, nil
	})
}

// amountStage finds the document's quantities.
type amountStage struct{}

func (amountStage) Name() string { return "amount" }

func (amountStage) Process(d *doc.Document) error {
	amount.Process(d)
	return nil
}

// amountAttach attaches the amounts of each event's clause to it.
type amountAttach struct{}

func (amountAttach) Name() string { return "amount-attach" }

func (amountAttach) Process(d *doc.Document) error {
	amount.AttachEvents(d)
	return nil
}
