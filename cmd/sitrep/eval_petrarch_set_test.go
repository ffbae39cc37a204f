package main

import (
	"os"
	"path/filepath"
	"testing"
)

// TestPetrSetPerEnvironment checks that two environments naming the same
// verb, actor and agent files but different PICO ontologies or discard
// files get dictionary sets of their own: the ontology decides how the
// verb dictionary is read and whether events compose.
func TestPetrSetPerEnvironment(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"verbs.txt":    "--- LEAN  [100]  ---\nLEAN\n- * FROM + [101]\n",
		"actors.txt":   "NORLAND [NOR]\nSUDEN [SUD]\n",
		"agents.txt":   "DIPLOMAT [GOV]\n",
		"discards.txt": "+PUPPET SHOW\n",
		"pico.txt":     "100:0x0100\n101:0x0101\n",
	}
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	pc, err := newPetrDictCoder(dir, false)
	if err != nil {
		t.Fatal(err)
	}
	c := pc.(*petrDictCoder)
	plain := map[string]string{"Verbfile": "verbs.txt", "Actorfile": "actors.txt", "Agentfile": "agents.txt"}
	withPICO := map[string]string{"Verbfile": "verbs.txt", "Actorfile": "actors.txt", "Agentfile": "agents.txt", "PICOfile": "pico.txt"}
	withDiscards := map[string]string{"Verbfile": "verbs.txt", "Actorfile": "actors.txt", "Agentfile": "agents.txt", "Discardfile": "discards.txt"}
	var sets []*petrSet
	for _, env := range []map[string]string{plain, withPICO, withDiscards, plain} {
		s, err := c.set(env)
		if err != nil {
			t.Fatal(err)
		}
		sets = append(sets, s)
	}
	if sets[0].pico != nil || sets[0].discards != nil {
		t.Errorf("plain environment: pico %v, discards %v; want neither", sets[0].pico != nil, sets[0].discards != nil)
	}
	if sets[1].pico == nil || sets[1].pico.value["101"] != 0x101 {
		t.Errorf("PICO environment: ontology not loaded")
	}
	if !sets[1].verbs.BracketedPhrasesOnly || sets[0].verbs.BracketedPhrasesOnly {
		t.Errorf("BracketedPhrasesOnly: plain %v, PICO %v; want false, true", sets[0].verbs.BracketedPhrasesOnly, sets[1].verbs.BracketedPhrasesOnly)
	}
	if sets[2].discards == nil || sets[2].pico != nil {
		t.Errorf("discard environment: discards %v, pico %v; want true, false", sets[2].discards != nil, sets[2].pico != nil)
	}
	if sets[3] != sets[0] {
		t.Errorf("the same environment twice: loaded twice, want one set")
	}
}
