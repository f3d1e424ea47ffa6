s = "héllo wörld €"  # cömment ✓
t = "𝔘𝔫𝔦𝔠𝔬𝔡𝔢"
