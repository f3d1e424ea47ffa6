a ` b
