# unicode columns: positions are UTF-8 byte offsets
é = 'ü'; ñ = é + "日本語"
x = "日本" + 日本
emoji = '😀' + y
def 函数(参数: 类型 = "默认") -> 返回:
    return 参数
f"{é}日{ü!r:>{宽}}"
s = """first
second é
third""" + tail
call(
    arg1,
    key=value,
    *star,
    **kw,
)
value = (
    1
    + 2
)
lst = [
    1,
    2,
]
x = \
    5
if (a and
        b):
    pass
	# tab-indented comment line
class K:
	def m(self):
		return 1
