import json, math
# (level, P(level | same person), P(level | two people)) -- principled, see README.md
C = {
 "name": [("exact",.70,1e-5),("reordered",.04,1e-5),("variant",.10,2e-5),("initials",.03,5e-5),("subset",.08,5e-5),
          ("subset-variant",.02,1e-4),("one-word",.01,1e-3),("partial",.005,.05),("different",.015,.95)],
 "birthDate": [("exact",.80,5e-5),("day-month-swapped",.02,5e-5),("same-month-partial",.095,1.4e-4),("same-year-partial",.095,1.7e-3),
          ("typo",.06,1.1e-3),("same-month",.02,1.4e-3),("same-year",.02,1.7e-2),("same-day-month",.02,2.7e-3),("within-one-year",.02,3.3e-2),("different",.01,.93)],
 "nationality": [("same",.95,.5),("different",.05,.5)],
 "gender": [("same",.98,.5),("different",.02,.5)],
 "document": [("same",.85,1e-6),("one-edit",.05,1e-4),("different",.10,.99),("other-scope",.5,.5)],
 "nationalId": [("same",.90,1e-6),("one-edit",.05,1e-4),("different",.05,.99),("other-scope",.5,.5)],
 "phone": [("same",.60,1e-6),("one-edit",.02,1e-4),("different",.38,.99),("other-scope",.5,.5)],
 "account": [("same",.60,1e-6),("one-edit",.02,1e-4),("different",.38,.99),("other-scope",.5,.5)],
 "email": [("same",.50,1e-3),("one-edit",.05,1e-4),("different",.30,.99),("other-scope",.5,.5)],
 "address.streetNumber": [("same",.90,.05),("different",.10,.95)],
 "address.street": [("same",.85,1e-3),("similar-high",.07,1e-3),("similar",.03,1e-2),("different",.05,.99)],
 "address.locality": [("same",.85,1e-2),("similar-high",.07,1e-2),("similar",.03,2e-2),("different",.05,.97)],
 "address.suburb": [("same",.85,1e-2),("similar-high",.07,2e-3),("similar",.03,2e-2),("different",.05,.97)],
 "address.postcode": [("same",.90,1e-3),("one-edit",.05,1e-3),("different",.05,.999)],
 "address.state": [("same",.95,.2),("different",.05,.8)],
}
w = {
 "version": "person-v2",
 "estimatedAt": "2026-12-04T00:00:00+00:00",
 "dataSource": "none: principled defaults (Matching/Weights/README.md); no labelled or benchmark data was fitted",
 "method": "Fellegi-Sunter: m = P(level | one person), u = P(level | two people) set from how reports err and how often values coincide; u of names, birth dates and identifiers replaced by their counted frequency among the entities the service holds",
 "candidatePairs": 0, "iterations": 0,
 "knownShare": 0.5, "populationFloor": 1000,
 "thresholds": {"link": 3, "review": -3},
 "termFrequency": {"maxDown": -15, "maxUp": 10},
 "linkRequires": {"nameLevel": 5, "otherBits": 3.5, "weakNameLevel": 7, "weakNameOtherBits": 24, "nameAloneBits": 24},
 "comparisons": [{"name": n, "levels": [{"level": l, "m": m, "u": u} for (l,m,u) in lv]} for n, lv in C.items()],
}
json.dump(w, open("person-v2.json","w"), indent=2); open("person-v2.json","a").write("\n")
for n, lv in C.items(): print(n, ", ".join("%s %+.1f" % (l, math.log2(m/u)) for l,m,u in lv))
