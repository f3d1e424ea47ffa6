print("shapes.geometry init")
