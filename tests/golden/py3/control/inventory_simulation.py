class OutOfStock(Exception):
    pass

class Inventory:
    def __init__(self):
        self.stock = {}
        self.log = []
    def receive(self, sku, qty, cost):
        if qty <= 0:
            raise ValueError(f"bad quantity {qty} for {sku}")
        q, c = self.stock.get(sku, (0, 0.0))
        avg = (q * c + qty * cost) / (q + qty)
        self.stock[sku] = (q + qty, round(avg, 4))
        self.log.append(('in', sku, qty))
    def ship(self, sku, qty):
        q, c = self.stock.get(sku, (0, 0.0))
        if q < qty:
            raise OutOfStock(f"{sku}: have {q}, need {qty}")
        self.stock[sku] = (q - qty, c)
        self.log.append(('out', sku, qty))
        return qty * c
    def value(self):
        return round(sum(q * c for q, c in self.stock.values()), 2)

inv = Inventory()
orders = [('recv', 'bolt', 100, 0.10), ('recv', 'nut', 200, 0.05), ('ship', 'bolt', 30),
          ('recv', 'bolt', 50, 0.16), ('ship', 'nut', 250), ('ship', 'gear', 1),
          ('recv', 'gear', 0, 5.0), ('ship', 'bolt', 120), ('recv', 'gear', 3, 12.5), ('ship', 'bolt', 1)]
cogs = 0.0
for order in orders:
    kind, sku, qty, *rest = order
    try:
        if kind == 'recv':
            inv.receive(sku, qty, *rest)
            status = 'received'
        else:
            cogs += inv.ship(sku, qty)
            status = 'shipped'
    except OutOfStock as e:
        status = f'backorder ({e})'
    except ValueError as e:
        status = f'rejected ({e})'
    else:
        status += f" -> {inv.stock[sku][0]} left"
    finally:
        pass
    print(f"{kind:4} {sku:5} {qty:4}  {status}")
print(sorted(inv.stock.items()), inv.value(), round(cogs, 2))
print([e for e in inv.log if e[0] == 'out'])
summary = {}
for kind, sku, qty in inv.log:
    summary.setdefault(sku, {'in': 0, 'out': 0})[kind] += qty
print(summary)
