module github.com/kycmatch/kycmatch

go 1.26.0

require (
	github.com/hbollon/go-edlib v1.7.0
	github.com/ikawaha/kagome-dict v1.1.7
	github.com/ikawaha/kagome-dict/ipa v1.2.6
	github.com/ikawaha/kagome-dict/uni v1.2.6
	github.com/ikawaha/kagome/v2 v2.10.3
	github.com/mozillazg/go-unidecode v0.2.0
	github.com/nyaruka/phonenumbers/v2 v2.0.7
	golang.org/x/text v0.43.0
)

require google.golang.org/protobuf v1.36.11 // indirect
