// Package jp holds the Japanese matching rules: kana readings in any script
// and width, variant kanji, the readings of kanji names (ENAMDICT, the
// kagome IPA dictionary, KANJIDIC), passport Hepburn romaji, and Japanese
// addresses and postcodes.
//
// It is the only package of the module that imports kagome; its dictionary
// is loaded once, on the first comparison that needs a kanji reading.
package jp
